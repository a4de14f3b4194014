// Guarded entry points into GLPK: a GLPK fatal error becomes an error code instead of abort().
//
// GLPK reports a fatal error (invalid argument, failed assertion, out of memory) by printing a message,
// calling the error hook, and then abort(). The hook may longjmp out, after which glp_free_env must be
// called. Swift frames must never be skipped by longjmp, so the jump target lives in the C functions below
// and the hook only jumps when no Swift code runs between the guard and the failing GLPK routine. Anything
// else (an error inside a solver callback, or in a nested session) still aborts, with the message on stderr.
#include "glpk_guard.h"

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

enum { OUTPUT_CAPACITY = 1024 };

/// Per-thread state: Debian's GLPK keeps its environment in thread-local storage, so does the guard.
static _Thread_local struct {
    int session_depth;
    int verbose;
    int callback_depth;
    jmp_buf *guard;
    int guard_callback_depth;
    char output[OUTPUT_CAPACITY];
    size_t output_length;
} state;

static void remember(const char *s) {
    size_t length = strlen(s);
    if (length >= OUTPUT_CAPACITY) {
        s += length - (OUTPUT_CAPACITY - 1);
        length = OUTPUT_CAPACITY - 1;
    }
    if (state.output_length + length >= OUTPUT_CAPACITY) {
        size_t keep = OUTPUT_CAPACITY - 1 - length;
        if (keep > state.output_length) keep = state.output_length;
        memmove(state.output, state.output + state.output_length - keep, keep);
        state.output_length = keep;
    }
    memcpy(state.output + state.output_length, s, length);
    state.output_length += length;
    state.output[state.output_length] = '\0';
}

static int term_hook(void *info, const char *s) {
    (void)info;
    remember(s);
    if (state.verbose) fputs(s, stderr);
    return 1; /* never write to stdout: it belongs to --json output */
}

static void error_hook(void *info) {
    (void)info;
    if (state.guard != NULL && state.session_depth == 1 && state.callback_depth == state.guard_callback_depth) {
        longjmp(*state.guard, 1);
    }
    fprintf(stderr, "%s\nGLPK fatal error that HubPlan could not recover from (see above); aborting.\n",
            state.output);
}

static void apply_settings(void) {
    /* Output stays on so error messages reach term_hook's buffer; the hook prints only when verbose. */
    glp_term_out(GLP_ON);
    glp_term_hook(term_hook, NULL);
    glp_error_hook(error_hook, NULL);
}

int hpg_session_begin(int verbose) {
    int token = state.verbose;
    state.session_depth += 1;
    state.verbose = verbose;
    if (state.session_depth == 1) {
        state.output_length = 0;
        state.output[0] = '\0';
    }
    apply_settings();
    return token;
}

void hpg_session_end(int token) {
    state.session_depth -= 1;
    state.verbose = token;
    if (state.session_depth == 0) {
        /* Frees every GLPK object of this thread and resets the terminal settings and hooks. */
        glp_free_env();
    } else {
        apply_settings();
    }
}

/// Runs `body` with a jump target set; on a fatal error, frees the environment and returns -1.
#define GUARDED(body)                                                              \
    do {                                                                           \
        jmp_buf buffer;                                                            \
        jmp_buf *const saved_guard = state.guard;                                  \
        const int saved_depth = state.guard_callback_depth;                        \
        state.guard = &buffer;                                                     \
        state.guard_callback_depth = state.callback_depth;                         \
        if (setjmp(buffer) != 0) {                                                 \
            state.guard = saved_guard;                                             \
            state.guard_callback_depth = saved_depth;                              \
            glp_free_env();                                                        \
            apply_settings();                                                      \
            return -1;                                                             \
        }                                                                          \
        body;                                                                      \
        state.guard = saved_guard;                                                 \
        state.guard_callback_depth = saved_depth;                                  \
    } while (0)

static int build_into(glp_prob **out, const hpg_problem *p) {
    GUARDED({
        glp_prob *P = glp_create_prob();
        *out = P;
        glp_set_obj_dir(P, p->dir);
        glp_set_obj_coef(P, 0, p->c0);
        if (p->names != NULL && p->prob_name_at >= 0) glp_set_prob_name(P, p->names + p->prob_name_at);
        if (p->m > 0) {
            glp_add_rows(P, p->m);
            for (int i = 0; i < p->m; i++) {
                glp_set_row_bnds(P, i + 1, p->row_type[i], p->row_lb[i], p->row_ub[i]);
                if (p->row_name_at != NULL && p->row_name_at[i] >= 0)
                    glp_set_row_name(P, i + 1, p->names + p->row_name_at[i]);
            }
        }
        if (p->n > 0) {
            glp_add_cols(P, p->n);
            for (int j = 0; j < p->n; j++) {
                glp_set_col_bnds(P, j + 1, p->col_type[j], p->col_lb[j], p->col_ub[j]);
                glp_set_obj_coef(P, j + 1, p->obj[j]);
                if (p->col_integer != NULL && p->col_integer[j]) glp_set_col_kind(P, j + 1, GLP_IV);
                if (p->col_name_at != NULL && p->col_name_at[j] >= 0)
                    glp_set_col_name(P, j + 1, p->names + p->col_name_at[j]);
            }
        }
        if (p->ne > 0) glp_load_matrix(P, p->ne, p->ia, p->ja, p->ar);
    });
    return 0;
}

glp_prob *hpg_build(const hpg_problem *problem) {
    glp_prob *P = NULL;
    if (build_into(&P, problem) != 0) return NULL;
    return P;
}

int hpg_prepare(glp_prob *P, int advanced_basis) {
    GUARDED({
        glp_scale_prob(P, GLP_SF_AUTO);
        if (advanced_basis) glp_adv_basis(P, 0);
    });
    return 0;
}

int hpg_simplex(glp_prob *P, const glp_smcp *parm, int *result) {
    GUARDED(*result = glp_simplex(P, parm));
    return 0;
}

int hpg_intopt(glp_prob *P, const glp_iocp *parm, int *result) {
    GUARDED(*result = glp_intopt(P, parm));
    return 0;
}

int hpg_write_lp(glp_prob *P, const char *path, int *result) {
    GUARDED(*result = glp_write_lp(P, NULL, path));
    return 0;
}

int hpg_write_mps(glp_prob *P, const char *path, int *result) {
    GUARDED(*result = glp_write_mps(P, GLP_MPS_FILE, NULL, path));
    return 0;
}

void hpg_callback_enter(void) { state.callback_depth += 1; }

void hpg_callback_leave(void) { state.callback_depth -= 1; }

const char *hpg_last_output(void) { return state.output; }
