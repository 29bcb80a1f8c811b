#include "BgNbdModel.h"

#include "PurchaseHistory.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace {
// Customers with the same (x, t_x, T) contribute the same term: the likelihood is evaluated once per group.
struct Group
{
    int x;
    int txDays;
    int TDays;
    double count;
};

std::vector<Group> groupsOf(const std::vector<BgNbdModel::Customer>& customers)
{
    std::vector<std::array<int, 3>> keys;
    keys.reserve(customers.size());
    for (const auto& c : customers)
        keys.push_back({c.x, c.x > 0 ? c.txDays : 0, c.TDays});
    std::sort(keys.begin(), keys.end());
    std::vector<Group> groups;
    for (const auto& k : keys) {
        if (!groups.empty() && groups.back().x == k[0] && groups.back().txDays == k[1] &&
            groups.back().TDays == k[2])
            groups.back().count += 1;
        else
            groups.push_back({k[0], k[1], k[2], 1});
    }
    return groups;
}

// log(1 + e^u) without overflow.
double log1pExp(double u)
{
    // Beyond ±36 the other term is below double precision; e^±u there would underflow, which glibc handles on
    // a slow path that dominated large fits.
    if (u > 36)
        return u;
    if (u < -36)
        return u < -700 ? 0.0 : std::exp(u);
    return std::log1p(std::exp(u));
}

class Likelihood
{
public:
    explicit Likelihood(const std::vector<BgNbdModel::Customer>& customers) : m_groups(groupsOf(customers))
    {
        for (const Group& g : m_groups) {
            m_maxX = std::max(m_maxX, g.x);
            m_maxDays = std::max(m_maxDays, g.TDays);
        }
        m_xTerm.resize(size_t(m_maxX) + 1);
        m_logAOverB.resize(size_t(m_maxX) + 1);
        m_logAlphaPlus.resize(size_t(m_maxDays) + 1);
    }

    double operator()(const BgNbdModel::Parameters& p)
    {
        const double r = p.r, alpha = p.alpha, a = p.a, b = p.b;
        // lnΓ(r+x) − lnΓ(r) + ln B(a, b+x) − ln B(a, b), built up by recurrence over x.
        m_xTerm[0] = 0;
        const double logA = std::log(a);
        for (int x = 1; x <= m_maxX; ++x) {
            const double logB = std::log(b + x - 1);
            m_xTerm[size_t(x)] =
                m_xTerm[size_t(x) - 1] + std::log(r + x - 1) + logB - std::log(a + b + x - 1);
            m_logAOverB[size_t(x)] = logA - logB;
        }
        for (int d = 0; d <= m_maxDays; ++d)
            m_logAlphaPlus[size_t(d)] = std::log(alpha + d / 7.0);
        const double rLogAlpha = r * std::log(alpha);
        double total = 0;
        for (const Group& g : m_groups) {
            const double logT = m_logAlphaPlus[size_t(g.TDays)];
            double term = m_xTerm[size_t(g.x)] + rLogAlpha - (r + g.x) * logT;
            if (g.x > 0) {
                const double u =
                    m_logAOverB[size_t(g.x)] + (r + g.x) * (logT - m_logAlphaPlus[size_t(g.txDays)]);
                term += log1pExp(u);
            }
            total += g.count * term;
        }
        return total;
    }

private:
    std::vector<Group> m_groups;
    int m_maxX = 0;
    int m_maxDays = 0;
    std::vector<double> m_xTerm;
    std::vector<double> m_logAOverB;
    std::vector<double> m_logAlphaPlus;
};

BgNbdModel::Parameters fromLog(const std::array<double, 4>& v)
{
    return {std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])};
}
} // namespace

std::vector<BgNbdModel::Customer> BgNbdModel::summarize(const PurchaseHistory& history,
                                                        qint32 calibrationEndDay)
{
    std::vector<Customer> customers;
    customers.reserve(history.customerCount());
    for (size_t c = 0; c < history.customerCount(); ++c) {
        const size_t begin = history.dayBegin(c);
        const qint32 first = history.day(begin);
        if (first > calibrationEndDay)
            continue;
        Customer customer;
        customer.id = history.customerId(c);
        qint32 last = first;
        for (size_t i = begin; i < history.dayEnd(c) && history.day(i) <= calibrationEndDay; ++i) {
            last = history.day(i);
            customer.spendMinor += history.spendOn(i);
            ++customer.x;
        }
        --customer.x; // the first purchase is not a repeat
        customer.txDays = last - first;
        customer.TDays = calibrationEndDay - first;
        customers.push_back(customer);
    }
    return customers;
}

double BgNbdModel::logLikelihood(const Parameters& p, const std::vector<Customer>& customers)
{
    Likelihood ll(customers);
    return ll(p);
}

namespace {
BgNbdModel::Fit fitFrom(const std::vector<BgNbdModel::Customer>& customers, std::array<double, 4> start,
                        double firstStep, const std::function<bool()>& cancelled)
{
    Likelihood ll(customers);
    int evaluations = 0;
    // Minimised on log-parameters, so every point the search tries is a valid model.
    const auto cost = [&](const std::array<double, 4>& v) {
        ++evaluations;
        for (double c : v) {
            if (!std::isfinite(c) || std::abs(c) > 30)
                return std::numeric_limits<double>::infinity();
        }
        const double value = -ll(fromLog(v));
        return std::isfinite(value) ? value : std::numeric_limits<double>::infinity();
    };

    std::array<double, 4> best = start;
    double bestValue = cost(best);
    // Restarting from the best point with a fresh simplex guards against Nelder–Mead's early collapses.
    for (int restart = 0; restart < 6; ++restart) {
        std::array<std::array<double, 4>, 5> simplex;
        std::array<double, 5> values;
        simplex[0] = best;
        values[0] = bestValue;
        const double step = restart == 0 ? firstStep : 0.1 * firstStep;
        for (size_t i = 0; i < 4; ++i) {
            simplex[i + 1] = best;
            simplex[i + 1][i] += step;
            values[i + 1] = cost(simplex[i + 1]);
        }
        for (int iteration = 0; iteration < 5000; ++iteration) {
            if (cancelled && (iteration & 31) == 0 && cancelled())
                break;
            std::array<size_t, 5> order = {0, 1, 2, 3, 4};
            std::sort(order.begin(), order.end(), [&](size_t l, size_t r) { return values[l] < values[r]; });
            const size_t lo = order[0], hi = order[4], second = order[3];
            if (std::abs(values[hi] - values[lo]) <= 1e-11 * (std::abs(values[lo]) + 1e-300)) {
                double spread = 0;
                for (size_t i = 0; i < 4; ++i)
                    spread = std::max(spread, std::abs(simplex[hi][i] - simplex[lo][i]));
                if (spread < 1e-7)
                    break;
            }
            std::array<double, 4> centroid{};
            for (size_t k = 0; k < 5; ++k) {
                if (k == hi)
                    continue;
                for (size_t i = 0; i < 4; ++i)
                    centroid[i] += simplex[k][i] / 4;
            }
            const auto along = [&](double t) {
                std::array<double, 4> point;
                for (size_t i = 0; i < 4; ++i)
                    point[i] = centroid[i] + t * (simplex[hi][i] - centroid[i]);
                return point;
            };
            const auto reflected = along(-1);
            const double fr = cost(reflected);
            if (fr < values[lo]) {
                const auto expanded = along(-2);
                const double fe = cost(expanded);
                if (fe < fr) {
                    simplex[hi] = expanded;
                    values[hi] = fe;
                } else {
                    simplex[hi] = reflected;
                    values[hi] = fr;
                }
            } else if (fr < values[second]) {
                simplex[hi] = reflected;
                values[hi] = fr;
            } else {
                const auto contracted = fr < values[hi] ? along(-0.5) : along(0.5);
                const double fc = cost(contracted);
                if (fc < std::min(fr, values[hi])) {
                    simplex[hi] = contracted;
                    values[hi] = fc;
                } else {
                    for (size_t k = 0; k < 5; ++k) {
                        if (k == lo)
                            continue;
                        for (size_t i = 0; i < 4; ++i)
                            simplex[k][i] = simplex[lo][i] + 0.5 * (simplex[k][i] - simplex[lo][i]);
                        values[k] = cost(simplex[k]);
                    }
                }
            }
        }
        size_t lo = 0;
        for (size_t k = 1; k < 5; ++k) {
            if (values[k] < values[lo])
                lo = k;
        }
        const double improvement = bestValue - values[lo];
        if (values[lo] <= bestValue) {
            best = simplex[lo];
            bestValue = values[lo];
        }
        if (restart > 0 && improvement < 1e-9)
            break;
        if (cancelled && cancelled())
            break;
    }
    return {fromLog(best), -bestValue, evaluations};
}
} // namespace

BgNbdModel::Fit BgNbdModel::fit(const std::vector<Customer>& customers,
                                const std::function<bool()>& cancelled)
{
    // A large shop is fitted on an even sample of its customers: the estimates are as good as a
    // 10,000-customer shop's, and the fit stays within seconds; the log-likelihood reported is that of every
    // customer.
    constexpr size_t SampleSize = 10000;
    if (customers.size() > 5 * SampleSize) {
        std::vector<Customer> sample;
        sample.reserve(SampleSize + 1);
        const double stride = double(customers.size()) / SampleSize;
        for (double i = 0; size_t(i) < customers.size(); i += stride)
            sample.push_back(customers[size_t(i)]);
        Fit fit = fitFrom(sample, {0, 0, 0, 0}, 1.0, cancelled);
        fit.logLikelihood = logLikelihood(fit.parameters, customers);
        return fit;
    }
    return fitFrom(customers, {0, 0, 0, 0}, 1.0, cancelled);
}

double BgNbdModel::pAlive(const Parameters& p, int x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    const double u = std::log(p.a / (p.b + x - 1)) + (p.r + x) * std::log((p.alpha + T) / (p.alpha + tx));
    return std::exp(-log1pExp(u));
}

double BgNbdModel::hypergeometric2F1(double a, double b, double c, double z)
{
    double term = 1;
    double sum = 1;
    for (int n = 0; n < 100000; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (std::abs(term) <= 1e-15 * std::abs(sum))
            break;
    }
    return sum;
}

double BgNbdModel::expectedPurchases(const Parameters& p, double t, int x, double tx, double T)
{
    const double z = t / (p.alpha + T + t);
    const double hyp = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double decay = std::exp((p.r + x) * std::log((p.alpha + T) / (p.alpha + T + t)) + std::log(hyp));
    const double whileAlive = (p.a + p.b + x - 1) / (p.a - 1) * (1 - decay);
    return whileAlive * pAlive(p, x, tx, T);
}

double BgNbdModel::expectedForNewCustomer(const Parameters& p, double t)
{
    const double hyp = hypergeometric2F1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t));
    return (p.a + p.b - 1) / (p.a - 1) * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * hyp);
}
