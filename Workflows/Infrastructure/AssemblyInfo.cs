using System.Reflection;

// The group the classic process designer lists the activities under; the solution packer writes it as each
// activity type's WorkflowActivityGroupName.
[assembly: AssemblyMetadata("WorkflowActivityGroupName", "CrmIndependence")]
