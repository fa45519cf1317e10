namespace OpsCentre.Alerts.Tests.Support;

/// <summary>Waits for something asynchronous (a Kestrel handler, a Kafka stage) with a hard limit, never a fixed sleep.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up waiting for {what ?? "the condition"}; last value: {value}");
            }

            await Task.Delay(25);
        }
    }

    public static Task TrueAsync(Func<bool> condition, TimeSpan? within = null, string? what = null) =>
        GetAsync(() => Task.FromResult(condition()), ok => ok, within, what);
}
