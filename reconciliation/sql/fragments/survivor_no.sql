-- The survivor's client_no of the client row {arg} (after {{merged_survivors}}): itself when it is not merged, else the end
-- of its chain (NULL when the chain is broken). Only merged rows run the lookup.
(CASE WHEN {arg}.`merged_into` IS NULL THEN {arg}.client_no
      ELSE (SELECT m.survivor_no FROM merged_survivor m WHERE m.client_no = {arg}.client_no) END)
