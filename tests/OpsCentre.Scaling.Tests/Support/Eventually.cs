namespace OpsCentre.Scaling.Tests.Support;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds or <paramref name="timeout"/> passes; returns whether it held.</summary>
    public static Task<bool> Async(Func<bool> condition, TimeSpan timeout) => Async(() => Task.FromResult(condition()), timeout);

    public static async Task<bool> Async(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return await condition();
    }
}
