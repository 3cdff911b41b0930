/* Internal to the model loader. */
#ifndef LKJIP_MODEL_LOAD_H
#define LKJIP_MODEL_LOAD_H

#include <stdbool.h>

#include "model/model.h"
#include "util/path.h"

bool load_meta(struct report *, const char *path, struct diag_list *);
bool load_site_yaml(struct site *, const char *path, struct diag_list *);

#endif
