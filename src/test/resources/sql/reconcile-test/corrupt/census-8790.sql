-- fails: census-8790
-- One of two or more disability codes of a child (none of them NONE) turned into NONE in the target.
-- pick: the person and one code; plant: that code becomes NONE; undo: the code back.
SELECT d.disa_person_id AS id, min(d.disa_disability_code) AS code FROM csc.ssd_disability d
GROUP BY d.disa_person_id HAVING count(*) > 1 AND NOT bool_or(d.disa_disability_code = 'NONE')
ORDER BY d.disa_person_id LIMIT 1;
UPDATE csc.ssd_disability SET disa_disability_code = 'NONE' WHERE disa_person_id = :id AND disa_disability_code = :code;
UPDATE csc.ssd_disability SET disa_disability_code = :code WHERE disa_person_id = :id AND disa_disability_code = 'NONE';
