using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// The context Dataverse hands an asynchronous PostOperation step of a Create, built by a test for a row it
    /// seeded (so the step has not run yet): the Target, who initiated it, when, and the org's id.
    /// </summary>
    internal sealed class HandMadeContext : IPluginExecutionContext
    {
        private HandMadeContext(SalesOrg org, Entity target, Guid initiatingUserId)
        {
            OrganizationId = org.Org.OrganizationId;
            OrganizationName = org.Org.Options.Name;
            PrimaryEntityName = target.LogicalName;
            PrimaryEntityId = target.Id;
            UserId = initiatingUserId;
            InitiatingUserId = initiatingUserId;
            OperationCreatedOn = org.Org.Now;
            InputParameters["Target"] = target;
        }

        public static HandMadeContext AsyncCreate(SalesOrg org, Entity target, Guid initiatingUserId) => new HandMadeContext(org, target, initiatingUserId);

        public int Stage => 40;

        public IPluginExecutionContext ParentContext => null!;

        public int Mode => 1;

        public int IsolationMode => 2;

        public int Depth => 1;

        public string MessageName => "Create";

        public string PrimaryEntityName { get; }

        public Guid? RequestId { get; } = Guid.NewGuid();

        public string SecondaryEntityName => "none";

        public ParameterCollection InputParameters { get; } = new ParameterCollection();

        public ParameterCollection OutputParameters { get; } = new ParameterCollection();

        public ParameterCollection SharedVariables { get; } = new ParameterCollection();

        public Guid UserId { get; }

        public Guid InitiatingUserId { get; }

        public Guid BusinessUnitId => Guid.Empty;

        public Guid OrganizationId { get; }

        public string OrganizationName { get; }

        public Guid PrimaryEntityId { get; }

        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();

        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();

        public EntityReference OwningExtension => new EntityReference("sdkmessageprocessingstep", Guid.Empty);

        public Guid CorrelationId { get; } = Guid.NewGuid();

        public bool IsExecutingOffline => false;

        public bool IsOfflinePlayback => false;

        public bool IsInTransaction => false;

        public Guid OperationId { get; } = Guid.NewGuid();

        public DateTime OperationCreatedOn { get; }
    }
}
