#!version:1.0.0.1
## the boot file of this phone, provisioned by pbxc
include:config "y000000000108.cfg"
include:config "805ec0abcd03.cfg"
overwrite_mode = 1
