-- The check letter a 13-character UPN {arg} with digits at characters 2 to 13 must start with (legacy and target): the
-- digits weighted 2 to 13, summed, modulo 23, read in A-Z without I, O and S (the DfE's UPN check letter). ASCII less
-- 48 is a digit's value in both databases.
SUBSTRING('ABCDEFGHJKLMNPQRTUVWXYZ', 1 + MOD(
    2 * (ASCII(SUBSTRING({arg}, 2, 1)) - 48) + 3 * (ASCII(SUBSTRING({arg}, 3, 1)) - 48) + 4 * (ASCII(SUBSTRING({arg}, 4, 1)) - 48)
      + 5 * (ASCII(SUBSTRING({arg}, 5, 1)) - 48) + 6 * (ASCII(SUBSTRING({arg}, 6, 1)) - 48) + 7 * (ASCII(SUBSTRING({arg}, 7, 1)) - 48)
      + 8 * (ASCII(SUBSTRING({arg}, 8, 1)) - 48) + 9 * (ASCII(SUBSTRING({arg}, 9, 1)) - 48) + 10 * (ASCII(SUBSTRING({arg}, 10, 1)) - 48)
      + 11 * (ASCII(SUBSTRING({arg}, 11, 1)) - 48) + 12 * (ASCII(SUBSTRING({arg}, 12, 1)) - 48) + 13 * (ASCII(SUBSTRING({arg}, 13, 1)) - 48), 23), 1)
