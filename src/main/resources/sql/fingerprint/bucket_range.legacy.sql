-- The bucket of a row with an integer key ({key} quoted): its range of {size} keys.
{key} DIV {size}
