// The system's crypt(3) (Debian: libcrypt-dev, libxcrypt), for the password hashes of
// the provisioning server's basic-auth file: the same library nginx checks them with.
#include <crypt.h>
