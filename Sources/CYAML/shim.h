#ifndef RECIPEGEN_CYAML_SHIM_H
#define RECIPEGEN_CYAML_SHIM_H
#include <yaml.h>
#endif
