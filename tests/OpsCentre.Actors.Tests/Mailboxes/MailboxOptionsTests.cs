using OpsCentre.Actors.Mailboxes;

namespace OpsCentre.Actors.Tests.Mailboxes;

public sealed class MailboxOptionsTests
{
    [Fact]
    public void Defaults_are_valid_with_the_soft_limit_at_three_quarters_of_capacity()
    {
        var options = new MailboxOptions();

        options.Validate();

        Assert.Equal((1024, 768), (options.Capacity, options.EffectiveSoftLimit));
    }

    [Theory]
    [InlineData(0, null, nameof(MailboxOptions.Capacity))]
    [InlineData(10, 11, nameof(MailboxOptions.SoftLimit))]
    [InlineData(10, 0, nameof(MailboxOptions.SoftLimit))]
    public void Out_of_range_limits_are_rejected_naming_the_setting(int capacity, int? softLimit, string setting)
    {
        var options = new MailboxOptions { Capacity = capacity, SoftLimit = softLimit };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public async Task Spawning_with_invalid_mailbox_options_fails_before_the_actor_exists()
    {
        await using var system = new ActorSystem();
        var props = new ActorProps<int>(() => throw new InvalidOperationException("must not be created"))
        {
            Mailbox = new MailboxOptions { Throughput = 0 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => system.Spawn("invalid", props));

        Assert.Equal(nameof(MailboxOptions.Throughput), error.ParamName);
        Assert.Empty(system.ActorNames);
    }
}
