-- A legacy assessment factor list {arg} as ",CODE,CODE,": upper case, spaces out, semicolons as commas (the migration
-- splits at commas and semicolons and trims each code), so each code can be matched as ",CODE,".
CONCAT(',', REPLACE(REPLACE(UPPER({arg}), ' ', ''), ';', ','), ',')
