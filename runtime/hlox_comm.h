/* The communicator interface the generated C calls for collectives.

   A module with collectives receives a `hlox_comm *` as the entry after its last
   parameter (`params[num_params]`) and calls through its function pointers, so one
   compiled module serves every implementation: MPI (hlox_comm_mpi.c, one MPI
   communicator per replica-group set) and in-process threads (hlox_comm_threads.c).
   Modules without collectives never see one.

   Devices are numbered by XLA's flattened id: device = replica * num_partitions +
   partition. A "group set" is one collective's participating groups (replica_groups
   resolved to devices): the runtime hands every set to the implementation when it is
   created, as two int32 rows of num_devices entries each: the group a device is in
   (its MPI_Comm_split colour) and its position in that group (its rank there).
   `op` numbers the collective instruction, for error messages.
   Every call returns 0, or nonzero after a failure (a timeout, a device that reached
   another collective); the implementation keeps the message. */
#ifndef HLOX_COMM_H
#define HLOX_COMM_H
#include <stdint.h>

/* element types, in the order of hlox.ir.shapes.ELEMENT_TYPES */
enum hlox_dtype {
  HLOX_PRED, HLOX_S8, HLOX_S16, HLOX_S32, HLOX_S64, HLOX_U8, HLOX_U16, HLOX_U32,
  HLOX_U64, HLOX_F16, HLOX_BF16, HLOX_F32, HLOX_F64, HLOX_NUM_DTYPES
};
/* reductions (the all-reduce / reduce-scatter `to_apply`); pred uses AND / OR */
enum hlox_reduction { HLOX_SUM, HLOX_PROD, HLOX_MIN, HLOX_MAX, HLOX_AND, HLOX_OR };

typedef struct hlox_comm hlox_comm;
struct hlox_comm {
  int device, num_devices;
  /* out[i] = reduction over the group of in[i] (count elements) */
  int (*all_reduce)(hlox_comm *c, int op, int set, int dtype, int reduction,
                    const void *in, void *out, int64_t count);
  /* out is outer x group_size x block bytes; member j's in (outer x block) goes to slot j */
  int (*all_gather)(hlox_comm *c, int op, int set, const void *in, void *out,
                    int64_t outer, int64_t block_bytes);
  /* in is outer x group_size x block elements; out (outer x block) is slot `position`,
     reduced over the group */
  int (*reduce_scatter)(hlox_comm *c, int op, int set, int dtype, int reduction,
                        const void *in, void *out, int64_t outer, int64_t block_count);
  /* in is in_outer x group_size x in_block bytes: slot j goes to member j; out is
     out_outer x group_size x out_block bytes: slot i comes from member i (each chunk is
     in_outer * in_block = out_outer * out_block bytes) */
  int (*all_to_all)(hlox_comm *c, int op, int set, const void *in, void *out,
                    int64_t in_outer, int64_t in_block, int64_t out_outer, int64_t out_block);
  /* send `in` to device send_to and receive `out` from recv_from (-1: none; a device
     that receives nothing gets zeros, as in XLA) */
  int (*collective_permute)(hlox_comm *c, int op, int send_to, int recv_from,
                            const void *in, void *out, int64_t bytes);
};

#endif
