namespace OpsCentre.Detection.Martingales;

/// <summary>
/// Betting function of the exchangeability martingale. Power: ε·p^(ε−1) for a fixed ε. Mixture: the power martingale
/// averaged over ε in (0,1), which needs no ε and is (a − 1 + e^(−a))/a² with a = ln p.
/// </summary>
public enum MartingaleKind
{
    Power,
    Mixture,
}
