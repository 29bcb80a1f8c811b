#pragma once

#include <QCoreApplication>

#include <functional>
#include <vector>

class PurchaseHistory;

// The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way": while alive, a
// customer buys at a Poisson rate (gamma-distributed over customers, r and alpha); after each purchase they
// drop out with a probability p (beta-distributed, a and b). Fitted by maximum likelihood to the shop's own
// history. Time is in weeks; several sales on one day are one purchase; the first purchase is not a repeat.
class BgNbdModel
{
public:
    struct Parameters
    {
        double r = 1;
        double alpha = 1;
        double a = 1;
        double b = 1;
    };
    // One customer's summary at the end of the calibration period, in whole days.
    struct Customer
    {
        qint64 id = 0;
        int x = 0;      // repeat purchase days
        int txDays = 0; // first to last purchase day
        int TDays = 0;  // first purchase day to the end of calibration
        qint64 spendMinor = 0;
        double tx() const { return txDays / 7.0; }
        double T() const { return TDays / 7.0; }
    };
    struct Fit
    {
        Parameters parameters;
        double logLikelihood = 0;
        int evaluations = 0;
    };

    // Customers whose first purchase is on or before 'calibrationEndDay' (a local Julian day), counting only
    // purchases up to that day.
    static std::vector<Customer> summarize(const PurchaseHistory& history, qint32 calibrationEndDay);

    static double logLikelihood(const Parameters& p, const std::vector<Customer>& customers);
    // Maximum likelihood by Nelder–Mead on the logarithms of the parameters; above 50,000 customers, on an
    // even sample of 10,000 of them. 'cancelled' is polled between iterations and ends the search early.
    static Fit fit(const std::vector<Customer>& customers, const std::function<bool()>& cancelled = {});

    // Probability that a customer with this history has not dropped out.
    static double pAlive(const Parameters& p, int x, double tx, double T);
    // Expected purchases in the next t weeks of a customer with this history.
    static double expectedPurchases(const Parameters& p, double t, int x, double tx, double T);
    // Expected repeat purchases of a new customer in their first t weeks, E[X(t)].
    static double expectedForNewCustomer(const Parameters& p, double t);
    // Gauss's hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, by its power series.
    static double hypergeometric2F1(double a, double b, double c, double z);
};
