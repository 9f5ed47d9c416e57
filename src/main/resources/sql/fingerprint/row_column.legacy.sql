-- One column's part of a row's hashed text ({column} quoted): its length, ':' and its value, or N for NULL.
IFNULL(CONCAT(CHAR_LENGTH({column}), ':', {column}), 'N')
