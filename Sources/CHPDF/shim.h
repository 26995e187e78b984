// libharu (Debian libhpdf-dev), the PDF writer of the porting and order documents.
#include <hpdf.h>
