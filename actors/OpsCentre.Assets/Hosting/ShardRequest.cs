namespace OpsCentre.Assets.Hosting;

/// <summary>A question answered on a shard's loop, where the entities it asks about are safe to read.</summary>
internal sealed class ShardRequest<T> : IShardRequest
{
    private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Answer => _answer.Task;

    /// <summary>Answers with what <paramref name="work"/> returns, or with its exception.</summary>
    public void Run(Func<T> work)
    {
        try
        {
            _answer.TrySetResult(work());
        }
        catch (Exception e)
        {
            _answer.TrySetException(e);
        }
    }

    public void Fail(Exception reason) => _answer.TrySetException(reason);
}
