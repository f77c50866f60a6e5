using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Infrastructure
{
    /// <summary>
    /// What one plugin execution needs, built once from the platform's service provider: the execution
    /// context, tracing, the organization services and typed access to the Target and images.
    /// </summary>
    public sealed class LocalPluginContext
    {
        private readonly IOrganizationServiceFactory serviceFactory;
        private IOrganizationService? userService;
        private IOrganizationService? initiatingUserService;
        private IOrganizationService? systemService;

        public LocalPluginContext(IServiceProvider serviceProvider, string? unsecureConfiguration)
        {
            ExecutionContext = Require<IPluginExecutionContext>(serviceProvider);
            TracingService = Require<ITracingService>(serviceProvider);
            serviceFactory = Require<IOrganizationServiceFactory>(serviceProvider);
            UnsecureConfiguration = unsecureConfiguration;
        }

        public IPluginExecutionContext ExecutionContext { get; }

        public ITracingService TracingService { get; }

        public string? UnsecureConfiguration { get; }

        /// <summary>The user who started the operation: human actions are attributed to this user.</summary>
        public Guid InitiatingUserId => ExecutionContext.InitiatingUserId;

        public string MessageName => ExecutionContext.MessageName;

        /// <summary>When the operation started (UTC): the one "now" of every step of it (<see cref="OperationTime"/>).</summary>
        public DateTime NowUtc => OperationTime.Of(ExecutionContext);

        /// <summary>Calls made as the user the step runs as (<see cref="IExecutionContext.UserId"/>).</summary>
        public IOrganizationService UserService => userService ??= serviceFactory.CreateOrganizationService(ExecutionContext.UserId);

        /// <summary>Calls made as the user who started the operation, with that user's privileges.</summary>
        public IOrganizationService InitiatingUserService =>
            initiatingUserService ??= serviceFactory.CreateOrganizationService(ExecutionContext.InitiatingUserId);

        /// <summary>Calls made as SYSTEM, for writes the suite makes on its own behalf (signals, counters).</summary>
        public IOrganizationService SystemService => systemService ??= serviceFactory.CreateOrganizationService(null);

        /// <summary>The Target of a Create or Update: the columns sent, changes to it are saved before stage 40.</summary>
        public Entity Target => InputParameter<Entity>("Target");

        /// <summary>The Target of a message whose Target is a reference (Delete, Assign, SetState, custom APIs).</summary>
        public EntityReference TargetReference => InputParameter<EntityReference>("Target");

        public bool HasInputParameter(string name) => ExecutionContext.InputParameters.Contains(name);

        public T InputParameter<T>(string name)
        {
            if (!ExecutionContext.InputParameters.TryGetValue(name, out var value) || value is not T typed)
            {
                throw new InvalidPluginExecutionException(
                    $"{MessageName} of {ExecutionContext.PrimaryEntityName} reached the plug-in without a {typeof(T).Name} '{name}' parameter; " +
                    "check the step registration.");
            }

            return typed;
        }

        /// <summary>The registered pre-image, or null when the platform supplied none (for example on Create).</summary>
        public Entity? PreImage(string alias = Registration.StepAttribute.DefaultPreImageAlias) =>
            ExecutionContext.PreEntityImages.TryGetValue(alias, out var image) ? image : null;

        /// <summary>The registered post-image (PostOperation only), or null.</summary>
        public Entity? PostImage(string alias = Registration.StepAttribute.DefaultPostImageAlias) =>
            ExecutionContext.PostEntityImages.TryGetValue(alias, out var image) ? image : null;

        /// <summary>
        /// The registered pre-image in <paramref name="image"/>; false, after tracing <paramref name="whenMissing"/> (what the
        /// step therefore does not do), when the registration supplies none.
        /// </summary>
        public bool TryPreImage(string whenMissing, out Entity image) => TryImage(PreImage(), whenMissing, out image);

        /// <summary>As <see cref="TryPreImage"/>, for the registered post-image (PostOperation only).</summary>
        public bool TryPostImage(string whenMissing, out Entity image) => TryImage(PostImage(), whenMissing, out image);

        public void Trace(string message) => TracingService.Trace("{0}", message);

        private bool TryImage(Entity? registered, string whenMissing, out Entity image)
        {
            if (registered == null)
            {
                Trace(whenMissing);
                image = null!;
                return false;
            }

            image = registered;
            return true;
        }

        private static T Require<T>(IServiceProvider serviceProvider)
            where T : class =>
            serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException($"The platform supplied no {typeof(T).Name}; the plug-in cannot run.");
    }
}
