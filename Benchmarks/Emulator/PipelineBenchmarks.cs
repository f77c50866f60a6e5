using System;
using BenchmarkDotNet.Attributes;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Benchmarks.Emulator;

/// <summary>
/// The same Update of an opportunity's name in an org with no step registered (the baseline) and in one
/// with three no-op synchronous steps (PreValidation, PreOperation, PostOperation) filtered on name: the
/// pipeline's own overhead per step execution (context, images, recording, service provider).
/// </summary>
[Config(typeof(BenchConfig))]
public class PipelineBenchmarks
{
    private readonly Fixture bare = new();
    private readonly Fixture withSteps = new();

    [GlobalSetup]
    public void Setup()
    {
        bare.Arrange(registerSteps: false);
        withSteps.Arrange(registerSteps: true);
    }

    [Benchmark(Baseline = true, Description = "Update opportunity name, no steps")]
    public void UpdateWithoutSteps() => bare.Update();

    [Benchmark(Description = "Update opportunity name, 3 no-op sync steps")]
    public void UpdateWithThreeNoOpSteps() => withSteps.Update();

    private sealed class Fixture
    {
        private IOrganizationService service = null!;
        private Guid target;
        private int flip;

        public void Arrange(bool registerSteps)
        {
            var org = Fixtures.NewOrg(out var rep);
            if (registerSteps)
            {
                org.Register<NoOpPlugin>();
            }

            service = org.ServiceFor(rep);
            target = service.Create(Fixtures.Opportunity(1));
            Update();
            var expected = registerSteps ? 3 : 0;
            var ran = org.LastOperation!.StepsRan.Count;
            if (ran != expected)
            {
                throw new InvalidOperationException($"Expected {expected} steps to run on Update, {ran} ran.");
            }
        }

        public void Update()
        {
            flip ^= 1;
            service.Update(new Entity("opportunity", target) { ["name"] = flip == 0 ? "Renamed A" : "Renamed B" });
        }
    }
}
