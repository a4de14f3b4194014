// zlib's C API (Debian: zlib1g-dev, /usr/include/zlib.h), for reading the gzipped source tables.
#include <zlib.h>
