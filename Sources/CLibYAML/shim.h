// The system libyaml (Debian: libyaml-dev), seen through one header.
#include <yaml.h>
