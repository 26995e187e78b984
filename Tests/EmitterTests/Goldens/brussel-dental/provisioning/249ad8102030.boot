#!version:1.0.0.1
## the boot file of this phone, provisioned by pbxc
include:config "y000000000146.cfg"
include:config "249ad8102030.cfg"
overwrite_mode = 1
