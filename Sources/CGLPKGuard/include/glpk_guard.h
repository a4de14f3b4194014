// Guarded entry points into GLPK: a GLPK fatal error becomes an error code instead of abort().
#ifndef HUBPLAN_GLPK_GUARD_H
#define HUBPLAN_GLPK_GUARD_H

#include <glpk.h>

/// A problem in flat arrays, ready to become a glp_prob in one guarded call.
///
/// Row and column arrays are 0-based with m and n entries; the triplets ia/ja/ar are 1-based with ne + 1
/// entries, as glp_load_matrix wants them. Names are NUL-terminated strings inside one byte buffer; an offset
/// of -1 means "no name". Every value must already be validated: the guard only catches what slips through.
typedef struct {
    int dir;
    double c0;
    int m;
    int n;
    int ne;
    const int *row_type;
    const double *row_lb;
    const double *row_ub;
    const int *col_type;
    const double *col_lb;
    const double *col_ub;
    const double *obj;
    const int *col_integer;
    const int *ia;
    const int *ja;
    const double *ar;
    const char *names;
    const int *row_name_at;
    const int *col_name_at;
    int prob_name_at;
} hpg_problem;

/// Starts a GLPK session on this thread: GLPK's terminal output goes to a per-thread buffer (for error
/// messages) and, only when `verbose`, to stderr, never to stdout; the fatal-error hook is installed.
/// Returns a token to hand back to hpg_session_end. Sessions nest (a solve inside a solver callback).
int hpg_session_begin(int verbose);

/// Ends the session started with `token`; the outermost end frees this thread's GLPK environment.
void hpg_session_end(int token);

/// Builds a problem object; NULL when GLPK hit a fatal error (the message is in hpg_last_output).
glp_prob *hpg_build(const hpg_problem *problem);

/// Scales the problem and, when `advanced_basis` is non-zero, builds GLPK's advanced initial basis.
/// Returns 0, or -1 after a GLPK fatal error.
int hpg_prepare(glp_prob *P, int advanced_basis);

/// glp_simplex under the guard: returns 0 and stores GLPK's return code in *result, or -1 after a fatal error.
int hpg_simplex(glp_prob *P, const glp_smcp *parm, int *result);

/// glp_intopt under the guard: returns 0 and stores GLPK's return code in *result, or -1 after a fatal error.
int hpg_intopt(glp_prob *P, const glp_iocp *parm, int *result);

/// glp_write_lp under the guard (CPLEX LP format).
int hpg_write_lp(glp_prob *P, const char *path, int *result);

/// glp_write_mps under the guard (free MPS format).
int hpg_write_mps(glp_prob *P, const char *path, int *result);

/// Marks that Swift code (a solver callback) is running on this thread, so a fatal error there is never
/// recovered by jumping over Swift frames.
void hpg_callback_enter(void);

/// Marks the end of the callback started with hpg_callback_enter.
void hpg_callback_leave(void);

/// The last GLPK terminal output on this thread (up to 1 KiB), which holds the message of a fatal error.
const char *hpg_last_output(void);

#endif
