#pragma once

#include <optional>
#include <string>

// Reading and clustering a large export touches a few hundred MB of memory that was never
// used before. With glibc's defaults every 4 KiB page of it costs a page fault, and vectors
// that grow past 128 KiB–32 MiB are moved to fresh mappings each time they double; on
// virtual machines a page fault is expensive enough that this was a third of a 1M-entry
// `cluster` run (docs/performance.md, "Fresh memory"). glibc can back its heap with
// transparent huge pages and keep large blocks in the heap for reuse, but only through the
// GLIBC_TUNABLES environment variable, which it reads before main() runs. So the process
// starts itself again once with those tunables set; the other two settings mallopt() can make
// at run time, so without huge pages it does not start again. Huge pages are left out on virtual
// machines whose host takes free memory back, where they cost more than they save
// (hostReclaimsFreeMemory).

namespace gardener::util {

// The tunables asked for (glibc's names). One arena: glibc gives threads other than the main
// one heaps of their own that the huge-page advice does not reach, and the window reads on a
// worker thread (105k page faults for 1M entries with them, 2.7k with one arena). Small blocks
// still come from each thread's own cache without a lock.
inline constexpr const char *kAllocatorTunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.arena_max=1";
// The same without huge pages, for hosts where a fresh huge page is slow (below).
inline constexpr const char *kAllocatorTunablesSmallPages =
    "glibc.malloc.mmap_threshold=33554432:glibc.malloc.arena_max=1";

// What the user asked for in LOGGARDENER_MALLOC: "system" keeps glibc's defaults, "hugepages"
// asks for huge pages wherever this runs; anything else (or unset) lets the host decide.
enum class AllocatorChoice
{
    Automatic,
    System,
    HugePages
};
AllocatorChoice allocatorChoice(const char *value);

// What GLIBC_TUNABLES should become given its current value (null when unset), or nothing
// when it should stay as it is: the user already tunes glibc's malloc, or asked for the
// system allocator's defaults (`optOut`, LOGGARDENER_MALLOC=system). `hugePages` false leaves
// out the huge-page advice.
std::optional<std::string> tunedAllocatorEnvironment(const char *current, bool optOut,
                                                     bool hugePages = true);

// True when this machine is a virtual machine whose host takes free memory back (a virtio
// balloon device with free page reporting, read from `sysfs`). The kernel reports free blocks
// of 2 MiB and more to the host, which drops them, and a transparent huge page is allocated
// from exactly such a block: each fresh one then waits for the host to back it again. Measured
// on such a machine, 600 MB of fresh huge pages took 1.2-1.6 s to touch, the same freed and
// touched again at once (before it was reported) 57-76 ms, and 4 KiB pages 230-290 ms
// (docs/performance.md, "Huge pages and the host").
bool hostReclaimsFreeMemory(const std::string &sysfs = "/sys");

// Sets what kAllocatorTunablesSmallPages asks for through mallopt(), in this process; true when
// glibc took both. Huge pages can only be asked for through the tunables. Before any thread
// starts, like tuneAllocator().
bool tuneAllocatorInProcess();
// Whether this build tunes glibc's allocator at all (Linux with glibc, no sanitizers).
bool allocatorTuningBuiltIn();

// Call first thing in main(), before any thread starts. On Linux with glibc, when the
// tunables are not in effect yet: without huge pages, sets the others in this process
// (tuneAllocatorInProcess); with them, re-executes its own binary with the same arguments and
// the tunables set. It returns only when that is not wanted, done in process, or fails
// (--version and --help do not start again). In the re-executed process it puts GLIBC_TUNABLES
// back as it was, so programs started from here do not inherit it. Elsewhere, and in builds
// with sanitizers, it does nothing.
void tuneAllocator(char **argv);

} // namespace gardener::util
