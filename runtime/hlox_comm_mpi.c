/* The MPI communicator: one process per device, world rank = device.

   Made once per executable and rank (hlox_mpi_create, collective over MPI_COMM_WORLD):
   every rank first exchanges a description of its program (so ranks that compiled
   different modules or shapes fail with both named, instead of exchanging mismatched
   buffers), then one MPI communicator per group set comes from MPI_Comm_split.
   Collectives are the non-blocking MPI calls, polled with MPI_Test against a deadline:
   a rank that dies or never arrives makes the others fail within the timeout. The rank
   that times out then asks every other rank, on a communicator of its own, which
   collective it is at; the ranks that do not answer are the ones the message names.
   f16 / bf16 are reduced as f32 (rounded once); float min / max propagate NaN (user
   MPI ops). Built with the MPI compiler wrapper (mpicc). */
#include <mpi.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include "hlox_comm_common.h"

#define WATCH_TAG 7701

typedef struct {
  hlox_comm base;  /* first: a hlox_comm * is an mpi_comm * */
  MPI_Comm world, watch, *sets;
  int n_sets, n_ops, broken;
  char **names;
  int64_t timeout_ns;
  uint64_t calls;  /* collectives run so far: the watch protocol's "where are you" */
  void *scratch;
  int64_t scratch_bytes;
  char error[4096];
} mpi_comm;

static MPI_Op float_min, float_max;
static int initialized_here;

static void user_min_max(void *in, void *inout, int *len, MPI_Datatype *type, int red) {
  if (*type == MPI_FLOAT) hlox_combine(HLOX_F32, red, inout, in, *len);
  else hlox_combine(HLOX_F64, red, inout, in, *len);
}
static void user_min(void *in, void *inout, int *len, MPI_Datatype *type) {
  user_min_max(in, inout, len, type, HLOX_MIN);
}
static void user_max(void *in, void *inout, int *len, MPI_Datatype *type) {
  user_min_max(in, inout, len, type, HLOX_MAX);
}

static MPI_Datatype mpi_type(int dtype) {
  switch (dtype) {
    case HLOX_PRED: case HLOX_U8: return MPI_UINT8_T;
    case HLOX_S8: return MPI_INT8_T;
    case HLOX_S16: return MPI_INT16_T;
    case HLOX_S32: return MPI_INT32_T;
    case HLOX_S64: return MPI_INT64_T;
    case HLOX_U16: return MPI_UINT16_T;
    case HLOX_U32: return MPI_UINT32_T;
    case HLOX_U64: return MPI_UINT64_T;
    case HLOX_F64: return MPI_DOUBLE;
    default: return MPI_FLOAT;  /* f32, and f16 / bf16 staged as f32 */
  }
}

static MPI_Op mpi_op(int dtype, int red) {
  int is_float = dtype == HLOX_F32 || dtype == HLOX_F64 || hlox_is_half(dtype);
  switch (red) {
    case HLOX_SUM: return MPI_SUM;
    case HLOX_PROD: return MPI_PROD;
    case HLOX_MIN: return is_float ? float_min : MPI_MIN;
    case HLOX_MAX: return is_float ? float_max : MPI_MAX;
    case HLOX_AND: return MPI_BAND;
    default: return MPI_BOR;
  }
}

static void *scratch(mpi_comm *m, int64_t bytes) {
  if (bytes > m->scratch_bytes) {
    free(m->scratch);
    m->scratch = malloc(bytes);
    m->scratch_bytes = m->scratch ? bytes : 0;
  }
  return m->scratch;
}

static const char *op_name(mpi_comm *m, int op) {
  if (op == -1) return "waiting for every rank";  /* hlox_mpi_create's arrival check */
  return op >= 0 && op < m->n_ops ? m->names[op] : "a collective";
}

static int fail(mpi_comm *m, const char *message) {
  if (!m->broken) snprintf(m->error, sizeof m->error, "%s", message);
  m->broken = 1;
  return 1;
}

/* The collective `op` timed out: ask every rank where it is (the ones that time out
   too answer; a dead or busy rank does not) and name the ones missing. */
static int timed_out(mpi_comm *m, int op) {
  int n = m->base.num_devices, me = m->base.device;
  static int mine[2];  /* the sends stay pending: this memory must outlive them */
  mine[0] = op, mine[1] = (int)m->calls;
  int (*theirs)[2] = calloc(n, sizeof *theirs);
  MPI_Request *sends = calloc(n, sizeof(MPI_Request)), *recvs = calloc(n, sizeof(MPI_Request));
  int *answered = calloc(n, sizeof(int));
  for (int e = 0; e < n; e++) {
    if (e == me) { recvs[e] = sends[e] = MPI_REQUEST_NULL; continue; }
    MPI_Isend(mine, 2, MPI_INT, e, WATCH_TAG, m->watch, &sends[e]);
    MPI_Irecv(theirs[e], 2, MPI_INT, e, WATCH_TAG, m->watch, &recvs[e]);
  }
  /* long enough for the others to time out too, short next to the timeout itself */
  int64_t grace = m->timeout_ns / 4 < 200000000 ? 200000000 : m->timeout_ns / 4;
  if (grace > 3000000000LL) grace = 3000000000LL;
  int64_t deadline = hlox_now_ns() + grace;
  int pending = n - 1;
  while (pending > 0 && hlox_now_ns() < deadline) {
    for (int e = 0; e < n; e++) {
      int done = 0;
      if (e == me || answered[e]) continue;
      MPI_Test(&recvs[e], &done, MPI_STATUS_IGNORE);
      if (done) answered[e] = 1, pending--;
    }
  }
  int len = snprintf(m->error, sizeof m->error,
                     "%s timed out after %.3g s on rank %d: rank(s)", op_name(m, op),
                     m->timeout_ns / 1e9, me);
  int missing = 0;
  for (int e = 0; e < n; e++)
    if (e != me && !answered[e] && len < (int)sizeof m->error - 64)
      len += snprintf(m->error + len, sizeof m->error - len, " %d", e), missing++;
  if (missing) len += snprintf(m->error + len, sizeof m->error - len, " of %d never arrived", n);
  else len += snprintf(m->error + len, sizeof m->error - len, " none missing");
  for (int e = 0; e < n; e++)
    if (answered[e] && (theirs[e][0] != op || theirs[e][1] != (int)m->calls) &&
        len < (int)sizeof m->error - 256)
      len += snprintf(m->error + len, sizeof m->error - len, "; rank %d is at %s (collective "
                      "call %d, this rank at call %d)", e, op_name(m, theirs[e][0]),
                      theirs[e][1], (int)m->calls);
  m->broken = 1;
  free(answered);
  return 1;  /* requests and theirs stay: MPI may still write into them */
}

static int wait_all(mpi_comm *m, int op, int count, MPI_Request *requests) {
  int64_t deadline = hlox_now_ns() + m->timeout_ns;
  for (unsigned i = 1;; i++) {
    int done = 0;
    MPI_Testall(count, requests, &done, MPI_STATUSES_IGNORE);
    if (done) return 0;
    if ((i & 63) == 0 && hlox_now_ns() > deadline) return timed_out(m, op);
    /* a long wait: let a rank sharing this core run (MPICH's ch4 polls without yielding) */
    if (i > 20000) sched_yield();
  }
}

static int begin(mpi_comm *m) {
  if (m->broken) return 1;
  m->calls++;
  return 0;
}

static int all_reduce(hlox_comm *c, int op, int set, int dtype, int red, const void *in,
                      void *out, int64_t count) {
  mpi_comm *m = (mpi_comm *)c;
  if (begin(m)) return 1;
  MPI_Request request;
  if (hlox_is_half(dtype)) {
    float *staged = scratch(m, count * 4);
    if (!staged && count) return fail(m, "out of memory in the MPI communicator");
    hlox_half_to_f32(dtype, in, staged, count);
    MPI_Iallreduce_c(MPI_IN_PLACE, staged, count, MPI_FLOAT, mpi_op(dtype, red), m->sets[set],
                     &request);
    if (wait_all(m, op, 1, &request)) return 1;
    hlox_f32_to_half(dtype, staged, out, count);
    return 0;
  }
  MPI_Iallreduce_c(in == out ? MPI_IN_PLACE : in, out, count, mpi_type(dtype),
                   mpi_op(dtype, red), m->sets[set], &request);
  return wait_all(m, op, 1, &request);
}

static int all_gather(hlox_comm *c, int op, int set, const void *in, void *out,
                      int64_t outer, int64_t block) {
  mpi_comm *m = (mpi_comm *)c;
  if (begin(m)) return 1;
  int size;
  MPI_Comm_size(m->sets[set], &size);
  int64_t chunk = outer * block;
  char *gathered = outer == 1 ? out : scratch(m, chunk * size);
  if (!gathered && chunk) return fail(m, "out of memory in the MPI communicator");
  MPI_Request request;
  MPI_Iallgather_c(in, chunk, MPI_BYTE, gathered, chunk, MPI_BYTE, m->sets[set], &request);
  if (wait_all(m, op, 1, &request)) return 1;
  if (outer != 1)
    for (int j = 0; j < size; j++) hlox_slot_in(out, gathered + j * chunk, outer, size, block, j);
  return 0;
}

static int reduce_scatter(hlox_comm *c, int op, int set, int dtype, int red, const void *in,
                          void *out, int64_t outer, int64_t block_count) {
  mpi_comm *m = (mpi_comm *)c;
  if (begin(m)) return 1;
  int size;
  MPI_Comm_size(m->sets[set], &size);
  int item = hlox_dtype_size[dtype], half = hlox_is_half(dtype);
  int64_t count = outer * block_count, block = block_count * item;
  /* packed: slot j of every outer row together (as MPI wants), then f32 for halves */
  int64_t packed_bytes = outer == 1 ? 0 : count * size * item;
  int64_t staged_bytes = half ? count * size * 4 + count * 4 : 0;
  char *work = scratch(m, packed_bytes + staged_bytes);
  if (!work && packed_bytes + staged_bytes) return fail(m, "out of memory in the MPI communicator");
  const char *send = in;
  if (outer != 1) {
    for (int j = 0; j < size; j++)
      hlox_slot_out(work + j * count * item, in, outer, size, block, j);
    send = work;
  }
  void *recv = out;
  if (half) {
    float *staged = (float *)(work + packed_bytes);
    hlox_half_to_f32(dtype, (const uint16_t *)send, staged, count * size);
    send = (const char *)staged;
    recv = staged + count * size;
  }
  MPI_Request request;
  MPI_Ireduce_scatter_block_c(send, recv, count, mpi_type(dtype), mpi_op(dtype, red),
                              m->sets[set], &request);
  if (wait_all(m, op, 1, &request)) return 1;
  if (half) hlox_f32_to_half(dtype, recv, out, count);
  return 0;
}

static int all_to_all(hlox_comm *c, int op, int set, const void *in, void *out,
                      int64_t in_outer, int64_t in_block, int64_t out_outer, int64_t out_block) {
  mpi_comm *m = (mpi_comm *)c;
  if (begin(m)) return 1;
  int size;
  MPI_Comm_size(m->sets[set], &size);
  int64_t chunk = in_outer * in_block;
  int64_t send_bytes = in_outer == 1 ? 0 : chunk * size;
  int64_t recv_bytes = out_outer == 1 ? 0 : chunk * size;
  char *work = scratch(m, send_bytes + recv_bytes);
  if (!work && send_bytes + recv_bytes) return fail(m, "out of memory in the MPI communicator");
  const char *send = in;
  if (in_outer != 1) {
    for (int j = 0; j < size; j++) hlox_slot_out(work + j * chunk, in, in_outer, size, in_block, j);
    send = work;
  }
  char *recv = out_outer == 1 ? out : work + send_bytes;
  MPI_Request request;
  MPI_Ialltoall_c(send, chunk, MPI_BYTE, recv, chunk, MPI_BYTE, m->sets[set], &request);
  if (wait_all(m, op, 1, &request)) return 1;
  if (out_outer != 1)
    for (int i = 0; i < size; i++)
      hlox_slot_in(out, recv + i * chunk, out_outer, size, out_block, i);
  return 0;
}

static int collective_permute(hlox_comm *c, int op, int send_to, int recv_from,
                              const void *in, void *out, int64_t bytes) {
  mpi_comm *m = (mpi_comm *)c;
  if (begin(m)) return 1;
  const void *send = in;
  if (in == out && send_to >= 0 && recv_from >= 0) {
    void *copy = scratch(m, bytes);
    if (!copy && bytes) return fail(m, "out of memory in the MPI communicator");
    memcpy(copy, in, bytes);
    send = copy;
  }
  MPI_Request requests[2] = {MPI_REQUEST_NULL, MPI_REQUEST_NULL};
  int tag = op % 30000;
  if (recv_from >= 0) MPI_Irecv_c(out, bytes, MPI_BYTE, recv_from, tag, m->world, &requests[0]);
  else memset(out, 0, bytes);
  if (send_to >= 0) MPI_Isend_c(send, bytes, MPI_BYTE, send_to, tag, m->world, &requests[1]);
  return wait_all(m, op, 2, requests);
}

/* ---- what Python calls (runtime/communicator.py) */

static int ensure_initialized(void) {
  int done = 0;
  MPI_Initialized(&done);
  if (!done) {
    int provided;
    if (MPI_Init_thread(NULL, NULL, MPI_THREAD_SERIALIZED, &provided) != MPI_SUCCESS) return 1;
    initialized_here = 1;
  }
  if (float_min == MPI_OP_NULL || float_min == 0) {
    MPI_Op_create(user_min, 1, &float_min);
    MPI_Op_create(user_max, 1, &float_max);
  }
  return 0;
}

int hlox_mpi_world(int *rank, int *size) {
  if (ensure_initialized()) return 1;
  MPI_Comm_rank(MPI_COMM_WORLD, rank);
  MPI_Comm_size(MPI_COMM_WORLD, size);
  return 0;
}

/* `program` (a NUL-terminated description, < 256 bytes) must be the same on every rank.
   On failure returns NULL with the reason in `error`. */
hlox_comm *hlox_mpi_create(int n_sets, const int32_t *table, int n_ops,
                           const char *const *names, const char *program, double timeout_s,
                           char *error, int error_len) {
  int rank, n;
  if (hlox_mpi_world(&rank, &n)) {
    snprintf(error, error_len, "MPI_Init_thread failed");
    return NULL;
  }
  mpi_comm *m = calloc(1, sizeof *m);
  m->base = (hlox_comm){rank, n, all_reduce, all_gather, reduce_scatter, all_to_all,
                        collective_permute};
  m->timeout_ns = (int64_t)(timeout_s * 1e9);
  m->n_ops = n_ops;
  m->names = calloc(n_ops ? n_ops : 1, sizeof(char *));
  for (int i = 0; i < n_ops; i++) m->names[i] = strdup(names[i]);
  /* Who is here, without blocking: a blocking call (MPI_Comm_dup, MPI_Comm_split) made
     before every rank arrived would wait for a missing rank forever. Until then the
     watch protocol runs on MPI_COMM_WORLD. */
  m->world = m->watch = MPI_COMM_WORLD;
  enum { DESCRIPTION = 256 };
  static char mine[DESCRIPTION];  /* (MPI may still read it after a timeout) */
  char *all = calloc(n, DESCRIPTION);
  snprintf(mine, DESCRIPTION, "%s", program);
  MPI_Request request;
  MPI_Iallgather(mine, DESCRIPTION, MPI_CHAR, all, DESCRIPTION, MPI_CHAR, MPI_COMM_WORLD,
                 &request);
  if (wait_all(m, -1, 1, &request)) {
    snprintf(error, error_len, "setting up the communicator of %s: %s", program, m->error);
    free(all);
    return NULL;  /* (m stays: MPI may still write into it) */
  }
  for (int e = 0; e < n; e++) {
    if (strncmp(all + e * DESCRIPTION, mine, DESCRIPTION) != 0) {
      snprintf(error, error_len, "ranks run different programs: rank %d runs %s, rank %d runs "
               "%.*s", rank, mine, e, DESCRIPTION, all + e * DESCRIPTION);
      free(all);
      return NULL;
    }
  }
  free(all);
  MPI_Comm_dup(MPI_COMM_WORLD, &m->world);
  MPI_Comm_dup(MPI_COMM_WORLD, &m->watch);
  m->n_sets = n_sets;
  m->sets = calloc(n_sets ? n_sets : 1, sizeof(MPI_Comm));
  for (int s = 0; s < n_sets; s++) {
    const int32_t *color = table + (int64_t)s * 2 * n, *position = color + n;
    MPI_Comm_split(MPI_COMM_WORLD, color[rank], position[rank], &m->sets[s]);
  }
  return &m->base;
}

const char *hlox_mpi_error(hlox_comm *c) { return ((mpi_comm *)c)->error; }

int hlox_mpi_broken(hlox_comm *c) { return ((mpi_comm *)c)->broken; }

/* At exit: MPI_Finalize when nothing failed; after a failure pending requests would make
   it hang, so the job is aborted instead (the launcher then ends every rank). */
void hlox_mpi_finish(int failed) {
  int done = 0;
  MPI_Finalized(&done);
  if (done) return;
  if (failed) MPI_Abort(MPI_COMM_WORLD, 1);
  else if (initialized_here) MPI_Finalize();
}
