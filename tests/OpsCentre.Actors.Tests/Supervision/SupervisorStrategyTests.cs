using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Tests.Supervision;

public sealed class SupervisorStrategyTests
{
    [Fact]
    public void The_rule_for_the_closest_exception_type_wins_whatever_the_order_rules_were_added()
    {
        var strategy = SupervisorStrategy.Default
            .On<Exception>(Directive.Stop)
            .On<ArgumentException>(Directive.Resume)
            .On<ArgumentNullException>(Directive.Escalate);

        Assert.Equal(Directive.Escalate, strategy.Decide(new ArgumentNullException("x")));
        Assert.Equal(Directive.Resume, strategy.Decide(new ArgumentOutOfRangeException("x")));
        Assert.Equal(Directive.Stop, strategy.Decide(new TimeoutException()));
    }

    [Fact]
    public void Exceptions_without_a_rule_get_the_fallback_directive()
    {
        var strategy = SupervisorStrategy.Default.On<FormatException>(Directive.Resume) with { Otherwise = Directive.Stop };

        Assert.Equal(Directive.Stop, strategy.Decide(new InvalidOperationException()));
    }

    [Fact]
    public void Adding_a_rule_leaves_the_original_strategy_unchanged()
    {
        var original = SupervisorStrategy.Default;

        var derived = original.On<TimeoutException>(Directive.Stop);

        Assert.Empty(original.Rules);
        Assert.Equal(Directive.Restart, original.Decide(new TimeoutException()));
        Assert.Equal(Directive.Stop, derived.Decide(new TimeoutException()));
    }

    [Fact]
    public void Invalid_restart_limits_are_rejected_naming_the_setting()
    {
        var negative = SupervisorStrategy.Default with { MaxRestarts = -1 };
        var emptyWindow = SupervisorStrategy.Default with { WithinTimeSpan = TimeSpan.Zero };

        Assert.Equal(nameof(SupervisorStrategy.MaxRestarts), Assert.Throws<ArgumentOutOfRangeException>(negative.Validate).ParamName);
        Assert.Equal(nameof(SupervisorStrategy.WithinTimeSpan), Assert.Throws<ArgumentOutOfRangeException>(emptyWindow.Validate).ParamName);
    }
}
