#pragma once

#include <QtGlobal>

namespace gardener::demo {

// A small, fast generator whose output is defined by this file alone (xoshiro256** seeded by
// splitmix64), so the same seed gives the same export on every platform and standard library.
// std::uniform_*_distribution is avoided for the same reason: its algorithm is unspecified.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 x = seed;
        for (auto &s : m_s)
            s = splitMix(x);
    }

    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [lo, hi] (inclusive); the tiny modulo bias does not matter here.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    // A right-skewed value in [lo, hi]: most near lo, a long tail towards hi, like the
    // timings in real logs. Plain arithmetic only (no exp/log), so every libm agrees.
    double skewed(double lo, double hi, int power = 3)
    {
        const double u = uniform();
        double v = u;
        for (int i = 1; i < power; ++i)
            v *= u;
        return lo + (hi - lo) * v;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace gardener::demo
