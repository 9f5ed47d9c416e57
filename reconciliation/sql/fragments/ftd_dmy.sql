-- True when free text is d/m/yy, d/m/yyyy, d.m.yy or d.m.yyyy (day and month of one or two digits).
({{ftd_text {arg}}} REGEXP '^[0-9]{1,2}/[0-9]{1,2}/([0-9]{2}|[0-9]{4})$' OR {{ftd_text {arg}}} REGEXP '^[0-9]{1,2}[.][0-9]{1,2}[.]([0-9]{2}|[0-9]{4})$')
