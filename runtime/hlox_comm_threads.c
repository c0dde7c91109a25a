/* The in-process communicator: N devices as threads of one process.

   Every collective is two barriers over all devices (they run one SPMD program, so all
   reach every collective): each device publishes its input, waits, computes its own
   output from its group's inputs, and waits again so that no input is overwritten
   while another device still reads it. A barrier that waits longer than the timeout
   breaks the group: every device then fails, and the message names the devices that
   never arrived. Built with the system C compiler, `-pthread`. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "hlox_comm_common.h"

typedef struct group group;

typedef struct {
  hlox_comm base;   /* first: a hlox_comm * is a device * */
  group *g;
  void *scratch;    /* this device's own working memory, grown as needed */
  int64_t scratch_bytes;
} device;

struct group {
  int n, n_sets, n_ops;
  int32_t *table;
  char **names;
  int64_t timeout_ns;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int count, broken;
  uint64_t generation;
  uint8_t *here;
  /* published at each collective */
  const void **in;
  int *op_at;
  int64_t *size_at;
  device *devices;
  char error[4096];
};

static void *scratch(device *d, int64_t bytes) {
  if (bytes > d->scratch_bytes) {
    free(d->scratch);
    d->scratch = malloc(bytes);
    d->scratch_bytes = d->scratch ? bytes : 0;
  }
  return d->scratch;
}

static const char *op_name(group *g, int op) {
  return op >= 0 && op < g->n_ops ? g->names[op] : "a collective";
}

/* Wait for every device; 0 when all came, 1 when the group is broken (timed out). */
static int barrier(device *dev, int op) {
  group *g = dev->g;
  pthread_mutex_lock(&g->mu);
  if (g->broken) { pthread_mutex_unlock(&g->mu); return 1; }
  uint64_t generation = g->generation;
  g->here[dev->base.device] = 1;
  if (++g->count == g->n) {
    g->count = 0;
    memset(g->here, 0, g->n);
    g->generation++;
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->mu);
    return 0;
  }
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  int64_t ns = deadline.tv_nsec + g->timeout_ns % 1000000000;
  deadline.tv_sec += g->timeout_ns / 1000000000 + ns / 1000000000;
  deadline.tv_nsec = ns % 1000000000;
  while (g->generation == generation && !g->broken) {
    if (pthread_cond_timedwait(&g->cv, &g->mu, &deadline) == ETIMEDOUT &&
        g->generation == generation && !g->broken) {
      g->broken = 1;
      int len = snprintf(g->error, sizeof g->error,
                         "%s timed out after %.3g s: device(s)", op_name(g, op),
                         g->timeout_ns / 1e9);
      for (int e = 0; e < g->n; e++)
        if (!g->here[e] && len < (int)sizeof g->error - 16)
          len += snprintf(g->error + len, sizeof g->error - len, " %d", e);
      snprintf(g->error + len, sizeof g->error - len, " of %d never arrived", g->n);
      pthread_cond_broadcast(&g->cv);
    }
  }
  int failed = g->generation == generation;
  pthread_mutex_unlock(&g->mu);
  return failed;
}

static void fail(group *g, const char *message) {
  pthread_mutex_lock(&g->mu);
  if (!g->broken) {
    g->broken = 1;
    snprintf(g->error, sizeof g->error, "%s", message);
  }
  pthread_cond_broadcast(&g->cv);
  pthread_mutex_unlock(&g->mu);
}

/* Publish `in` (a copy when the output overwrites it), wait for all, and check that
   every device reached the same collective with the same size. */
static int arrive(device *dev, int op, const void *in, const void *out, int64_t in_bytes) {
  group *g = dev->g;
  int d = dev->base.device;
  if (in == out && in_bytes) {
    void *copy = scratch(dev, in_bytes);
    if (!copy) { fail(g, "out of memory in the in-process communicator"); return 1; }
    memcpy(copy, in, in_bytes);
    in = copy;
  }
  g->in[d] = in;
  g->op_at[d] = op;
  g->size_at[d] = in_bytes;
  if (barrier(dev, op)) return 1;
  for (int e = 0; e < g->n; e++) {
    if (g->op_at[e] != op || g->size_at[e] != in_bytes) {
      char message[1024];
      snprintf(message, sizeof message,
               "devices disagree: device %d is at %s with %lld bytes, device %d at %s with "
               "%lld bytes", d, op_name(g, op), (long long)in_bytes, e,
               op_name(g, g->op_at[e]), (long long)g->size_at[e]);
      fail(g, message);
      return 1;
    }
  }
  return 0;
}

static int all_reduce(hlox_comm *c, int op, int set, int dtype, int red, const void *in,
                      void *out, int64_t count) {
  device *dev = (device *)c;
  group *g = dev->g;
  int64_t bytes = count * hlox_dtype_size[dtype];
  if (arrive(dev, op, in, out, bytes)) return 1;
  int members[g->n];
  int size = hlox_group_members(g->table, g->n, set, c->device, members);
  if (hlox_is_half(dtype)) {
    float *acc = malloc(2 * count * sizeof(float) + 1), *x = acc + count;
    if (!acc) { fail(g, "out of memory in the in-process communicator"); return 1; }
    hlox_half_to_f32(dtype, g->in[members[0]], acc, count);
    for (int m = 1; m < size; m++) {
      hlox_half_to_f32(dtype, g->in[members[m]], x, count);
      hlox_combine(HLOX_F32, red, acc, x, count);
    }
    hlox_f32_to_half(dtype, acc, out, count);
    free(acc);
  } else {
    memcpy(out, g->in[members[0]], bytes);
    for (int m = 1; m < size; m++) hlox_combine(dtype, red, out, g->in[members[m]], count);
  }
  return barrier(dev, op);
}

static int all_gather(hlox_comm *c, int op, int set, const void *in, void *out,
                      int64_t outer, int64_t block) {
  device *dev = (device *)c;
  group *g = dev->g;
  if (arrive(dev, op, in, out, outer * block)) return 1;
  int members[g->n];
  int size = hlox_group_members(g->table, g->n, set, c->device, members);
  for (int m = 0; m < size; m++) hlox_slot_in(out, g->in[members[m]], outer, size, block, m);
  return barrier(dev, op);
}

static int reduce_scatter(hlox_comm *c, int op, int set, int dtype, int red, const void *in,
                          void *out, int64_t outer, int64_t block_count) {
  device *dev = (device *)c;
  group *g = dev->g;
  int members[g->n];
  int size = hlox_group_members(g->table, g->n, set, c->device, members);
  int item = hlox_dtype_size[dtype];
  int64_t count = outer * block_count, block = block_count * item;
  if (arrive(dev, op, in, out, count * size * item)) return 1;
  int position = g->table[(int64_t)set * 2 * g->n + g->n + c->device];
  int half = hlox_is_half(dtype);
  /* acc: the reduced slot (f32 for halves), x: one member's slot */
  int64_t acc_bytes = count * (half ? 4 : item);
  char *acc = malloc(acc_bytes + count * item + (half ? count * 4 : 0) + 1);
  if (!acc) { fail(g, "out of memory in the in-process communicator"); return 1; }
  char *x = acc + acc_bytes, *xf = x + count * item;
  for (int m = 0; m < size; m++) {
    hlox_slot_out(x, g->in[members[m]], outer, size, block, position);
    const void *value = x;
    if (half) { hlox_half_to_f32(dtype, (uint16_t *)x, (float *)xf, count); value = xf; }
    if (m == 0) memcpy(acc, value, acc_bytes);
    else hlox_combine(half ? HLOX_F32 : dtype, red, acc, value, count);
  }
  if (half) hlox_f32_to_half(dtype, (float *)acc, out, count);
  else memcpy(out, acc, acc_bytes);
  free(acc);
  return barrier(dev, op);
}

static int all_to_all(hlox_comm *c, int op, int set, const void *in, void *out,
                      int64_t in_outer, int64_t in_block, int64_t out_outer, int64_t out_block) {
  device *dev = (device *)c;
  group *g = dev->g;
  int members[g->n];
  int size = hlox_group_members(g->table, g->n, set, c->device, members);
  if (arrive(dev, op, in, out, in_outer * in_block * size)) return 1;
  int position = g->table[(int64_t)set * 2 * g->n + g->n + c->device];
  int64_t chunk = in_outer * in_block;
  char *buffer = scratch(dev, chunk);
  if (!buffer && chunk) { fail(g, "out of memory in the in-process communicator"); return 1; }
  for (int m = 0; m < size; m++) {
    hlox_slot_out(buffer, g->in[members[m]], in_outer, size, in_block, position);
    hlox_slot_in(out, buffer, out_outer, size, out_block, m);
  }
  return barrier(dev, op);
}

static int collective_permute(hlox_comm *c, int op, int send_to, int recv_from,
                              const void *in, void *out, int64_t bytes) {
  device *dev = (device *)c;
  (void)send_to;  /* every device reads from its source */
  if (arrive(dev, op, in, out, bytes)) return 1;
  if (recv_from >= 0) memcpy(out, dev->g->in[recv_from], bytes);
  else memset(out, 0, bytes);
  return barrier(dev, op);
}

/* ---- what Python calls (runtime/communicator.py) */

group *hlox_threads_create(int n, int n_sets, const int32_t *table, int n_ops,
                           const char *const *names, double timeout_s) {
  group *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  g->n = n, g->n_sets = n_sets, g->n_ops = n_ops;
  g->timeout_ns = (int64_t)(timeout_s * 1e9);
  g->table = malloc(sizeof(int32_t) * 2 * n * (n_sets ? n_sets : 1));
  memcpy(g->table, table, sizeof(int32_t) * 2 * n * n_sets);
  g->names = calloc(n_ops ? n_ops : 1, sizeof(char *));
  for (int i = 0; i < n_ops; i++) g->names[i] = strdup(names[i]);
  pthread_mutex_init(&g->mu, NULL);
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(&g->cv, &attr);
  pthread_condattr_destroy(&attr);
  g->here = calloc(n, 1);
  g->in = calloc(n, sizeof(void *));
  g->op_at = calloc(n, sizeof(int));
  g->size_at = calloc(n, sizeof(int64_t));
  g->devices = calloc(n, sizeof(device));
  for (int d = 0; d < n; d++) {
    device *dev = &g->devices[d];
    dev->g = g;
    dev->base = (hlox_comm){d, n, all_reduce, all_gather, reduce_scatter, all_to_all,
                            collective_permute};
  }
  return g;
}

hlox_comm *hlox_threads_device(group *g, int d) { return &g->devices[d].base; }

const char *hlox_threads_error(group *g) { return g->error; }

void hlox_threads_destroy(group *g) {
  for (int d = 0; d < g->n; d++) free(g->devices[d].scratch);
  for (int i = 0; i < g->n_ops; i++) free(g->names[i]);
  free(g->names); free(g->table); free(g->here); free(g->in); free(g->op_at);
  free(g->size_at); free(g->devices);
  pthread_mutex_destroy(&g->mu);
  pthread_cond_destroy(&g->cv);
  free(g);
}
