-- The bucket of a row with any other key ({key} quoted): its CRC32 modulo the number of buckets {size}.
CRC32({key}) MOD {size}
