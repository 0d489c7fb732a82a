#include "core/util/allocatortuning.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#define GARDENER_TUNE_GLIBC 1
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#undef GARDENER_TUNE_GLIBC // the sanitizers bring their own allocator
#endif
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#undef GARDENER_TUNE_GLIBC
#endif
#endif

namespace gardener::util {

namespace {

// Set in the re-executed process: "-" when GLIBC_TUNABLES was unset before, else "=" and
// its old value.
constexpr const char *kMarker = "LOGGARDENER_ALLOCATOR_TUNED";

} // namespace

AllocatorChoice allocatorChoice(const char *value)
{
    if (value && std::strcmp(value, "system") == 0)
        return AllocatorChoice::System;
    if (value && std::strcmp(value, "hugepages") == 0)
        return AllocatorChoice::HugePages;
    return AllocatorChoice::Automatic;
}

std::optional<std::string> tunedAllocatorEnvironment(const char *current, bool optOut,
                                                     bool hugePages)
{
    if (optOut)
        return std::nullopt;
    const char *ours = hugePages ? kAllocatorTunables : kAllocatorTunablesSmallPages;
    if (!current || !*current)
        return std::string(ours);
    // Somebody chose malloc settings on purpose; theirs win, ours are not mixed in.
    if (std::strstr(current, "glibc.malloc."))
        return std::nullopt;
    return std::string(current) + ':' + ours;
}

bool hostReclaimsFreeMemory(const std::string &sysfs)
{
    // Bit 5 of a virtio balloon's negotiated features is VIRTIO_BALLOON_F_REPORTING; sysfs
    // writes the features as one '0' or '1' per bit, lowest first.
    constexpr size_t kReportingBit = 5;
    // Runs before main(): nothing here may throw, so every step takes an error code.
    std::error_code error;
    const std::filesystem::path driver =
        std::filesystem::path(sysfs) / "bus/virtio/drivers/virtio_balloon";
    for (std::filesystem::directory_iterator it(driver, error), end; !error && it != end;
         it.increment(error)) {
        const std::filesystem::path device = it->path();
        if (device.filename().string().rfind("virtio", 0) != 0)
            continue;
        std::ifstream features(device / "features");
        std::string bits;
        if (features >> bits && bits.size() > kReportingBit && bits[kReportingBit] == '1')
            return true;
    }
    return false;
}

bool allocatorTuningBuiltIn()
{
#ifdef GARDENER_TUNE_GLIBC
    return true;
#else
    return false;
#endif
}

bool tuneAllocatorInProcess()
{
#ifdef GARDENER_TUNE_GLIBC
    // The values of kAllocatorTunablesSmallPages; mallopt and the tunables set the same fields.
    return ::mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) == 1 && ::mallopt(M_ARENA_MAX, 1) == 1;
#else
    return false;
#endif
}

void tuneAllocator(char **argv)
{
#ifdef GARDENER_TUNE_GLIBC
    if (const char *marker = std::getenv(kMarker)) {
        // The re-executed process: glibc has read the tunables; children should not see them.
        if (marker[0] == '=')
            ::setenv("GLIBC_TUNABLES", marker + 1, 1);
        else
            ::unsetenv("GLIBC_TUNABLES");
        ::unsetenv(kMarker);
        return;
    }
    const char *optOut = std::getenv("LOGGARDENER_MALLOC");
    const char *preload = std::getenv("LD_PRELOAD");
    // Under valgrind an exec would leave the tool (without --trace-children).
    if (!argv || !argv[0] || (preload && std::strstr(preload, "vgpreload")))
        return;
    // Starting again costs the dynamic linker's work once more (about 40 ms with Qt's
    // libraries); not worth it for an answer that reads no data.
    for (char **a = argv + 1; *a; ++a)
        if (!std::strcmp(*a, "--version") || !std::strcmp(*a, "--help") || !std::strcmp(*a, "-h"))
            return;
    const char *current = std::getenv("GLIBC_TUNABLES");
    const AllocatorChoice choice = allocatorChoice(optOut);
    const bool hugePages = choice == AllocatorChoice::HugePages ||
                           (choice == AllocatorChoice::Automatic && !hostReclaimsFreeMemory());
    const auto tuned =
        tunedAllocatorEnvironment(current, choice == AllocatorChoice::System, hugePages);
    if (!tuned)
        return;
    // Without huge pages mallopt() can set the rest here, and a second start (about 20 ms of
    // dynamic linking, a third of a short command's time) is not needed.
    if (!hugePages && tuneAllocatorInProcess())
        return;
    const std::string old = current ? std::string("=") + current : std::string("-");
    // The file's own path rather than /proc/self/exe: the kernel names the process after the
    // path executed, and `ps` or `top` should say loggardener, not exe.
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0 || size_t(n) >= sizeof self - 1)
        return;
    self[n] = '\0';
    ::setenv(kMarker, old.c_str(), 1);
    ::setenv("GLIBC_TUNABLES", tuned->c_str(), 1);
    ::execv(self, argv);
    // Not re-executed (no /proc, a sandbox): run as we are, with the environment as it was.
    if (old[0] == '=')
        ::setenv("GLIBC_TUNABLES", old.c_str() + 1, 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
    ::unsetenv(kMarker);
#else
    (void)argv;
#endif
}

} // namespace gardener::util
