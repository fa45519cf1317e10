namespace OpsCentre.Congestion.Report;

/// <summary>Where report generation is: <see cref="Completed"/> of <see cref="Total"/> units of work, and what is being done.</summary>
public sealed record ReportProgress(string Stage, int Completed, int Total)
{
    public double Fraction => Total == 0 ? 0 : (double)Completed / Total;
}
