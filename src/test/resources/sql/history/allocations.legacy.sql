-- Every legacy allocation: each is one line of the involvement role's crosswalk combinations.
SELECT COUNT(*) FROM allocation
