// EntryParser's body compiled a second time for simdjson's AVX2 ("haswell") On Demand kernel,
// chosen at run time (EntryParser::Kernel), so the program still runs on any x86-64.
//
// simdjson 3.0 compiles On Demand only for its builtin kernel, which it picks from the compiler
// flags. Here the flags are raised for this file alone by a target region that opens before
// the first include: the standard library's templates must be in it too, or std::pair's
// constructor (baseline) could not inline simdjson's AVX2 always-inline constructors. Every
// inline function this file emits out of line outside simdjson::haswell and
// gardener::haswell_kernel would share its name with a baseline copy from another file, and
// the linker could keep the AVX2 one for everybody: tst_entryparser_kernels disassembles this
// object and fails if any such function holds an instruction beyond baseline x86-64.
//
// Unoptimised builds leave it out: there the standard library's and Qt's small inline
// functions are emitted out of line, AVX2 code under shared names.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__AVX2__) &&       \
    defined(__OPTIMIZE__)
#define GARDENER_HASWELL_KERNEL 1
#pragma GCC push_options
#pragma GCC target("avx2,bmi,pclmul,lzcnt,popcnt")
#endif

#include "core/logs/parserkernel.h"

#ifdef GARDENER_HASWELL_KERNEL
#include "core/logs/entrytext.h"
#include "core/logs/timestamp.h"

#define SIMDJSON_BUILTIN_IMPLEMENTATION haswell
#include <cstring>
#include <simdjson.h>

#define GARDENER_PARSER_KERNEL haswell_kernel
#include "core/logs/entryparserbody.h"
#undef GARDENER_PARSER_KERNEL
#endif

namespace gardener::detail {

// Called only once the processor is known to run AVX2 (EntryParser::kernelRuns).
std::unique_ptr<ParserKernel> makeHaswellParserKernel()
{
#ifdef GARDENER_HASWELL_KERNEL
    return haswell_kernel::makeKernel();
#else
    return nullptr;
#endif
}

} // namespace gardener::detail

#ifdef GARDENER_HASWELL_KERNEL
#pragma GCC pop_options
#endif
