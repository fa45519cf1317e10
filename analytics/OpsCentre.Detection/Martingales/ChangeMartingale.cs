namespace OpsCentre.Detection.Martingales;

/// <summary>
/// The CUSUM form of an exchangeability martingale (Volkhonskiy et al., "Inductive conformal martingales for
/// change-point detection", 2017): log M_t = max(0, log M_{t−1} + log f(p_t)), f the betting function. Under
/// exchangeability the bets lose on average, so the floor at zero stops a long quiet stretch banking evidence
/// against a future change (a plain or sliding-window product would need as many small p-values to recover);
/// after a change, each small p-value multiplies M and the alert comes within a few readings.
/// </summary>
internal sealed class ChangeMartingale(MartingaleKind kind, double epsilon)
{
    public double LogValue { get; private set; }

    public void Bet(double pValue) => LogValue = Math.Max(0, LogValue + LogFactor(Math.Clamp(pValue, 1e-300, 1)));

    private double LogFactor(double p)
    {
        if (kind == MartingaleKind.Power)
        {
            return Math.Log(epsilon) + (epsilon - 1) * Math.Log(p);
        }

        var a = Math.Log(p);
        // Near p = 1 the closed form cancels badly; its limit is 1/2.
        return Math.Abs(a) < 1e-4 ? Math.Log(0.5) : Math.Log((a - 1 + Math.Exp(-a)) / (a * a));
    }
}
