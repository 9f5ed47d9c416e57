-- True when free text is a strict yyyy-mm-dd.
({{ftd_text {arg}}} REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
