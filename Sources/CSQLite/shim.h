// The system SQLite (Debian: libsqlite3-dev), for the build cache.
#include <sqlite3.h>
