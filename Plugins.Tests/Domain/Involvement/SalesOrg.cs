using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.Involvement;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CrmIndependence.Plugins.Tests.Domain.Involvement
{
    /// <summary>
    /// A small sales organization for the involvement specifications:
    /// Sam (VP) &gt; Dana (director) &gt; Morgan (manager) &gt; Riley and Alex (reps); Casey manages another team under Dana.
    /// </summary>
    internal static class SalesOrg
    {
        public static readonly Guid Sam = new Guid("00000000-0000-0000-0000-00000000000a");
        public static readonly Guid Dana = new Guid("00000000-0000-0000-0000-00000000000d");
        public static readonly Guid Morgan = new Guid("00000000-0000-0000-0000-00000000000b");
        public static readonly Guid Casey = new Guid("00000000-0000-0000-0000-00000000000c");
        public static readonly Guid Riley = new Guid("00000000-0000-0000-0000-000000000001");
        public static readonly Guid Alex = new Guid("00000000-0000-0000-0000-000000000002");
        public static readonly Guid SalesTeam = new Guid("00000000-0000-0000-0000-0000000000ee");
        public static readonly Guid Deal = new Guid("11111111-1111-1111-1111-111111111111");
        public static readonly Guid Operation = new Guid("22222222-2222-2222-2222-222222222222");
        public static readonly DateTime Monday = new DateTime(2024, 5, 13, 10, 30, 0, DateTimeKind.Utc);

        public static readonly IReadOnlyList<HierarchyUser> Users = new[]
        {
            new HierarchyUser(Sam, null),
            new HierarchyUser(Dana, Sam),
            new HierarchyUser(Morgan, Dana),
            new HierarchyUser(Casey, Dana),
            new HierarchyUser(Riley, Morgan),
            new HierarchyUser(Alex, Morgan),
        };

        public static OwnedDeal RileysDeal() =>
            new OwnedDeal(Deal, Riley, DealOwnerType.User) { Name = "Contoso renewal", OwnerName = "Riley Chen" };

        public static OwnedDeal MorgansOwnDeal() =>
            new OwnedDeal(Deal, Morgan, DealOwnerType.User) { Name = "Northwind pilot", OwnerName = "Morgan Lee" };

        public static OwnedDeal TeamDeal() => new OwnedDeal(Deal, SalesTeam, DealOwnerType.Team) { Name = "Fabrikam tender" };

        public static DealAction By(Guid user, string? name = null, Guid? operation = null) =>
            new DealAction(user, Monday, operation ?? Operation) { InitiatingUserName = name };

        public static Func<ManagerChain> ChainOf(Guid owner, int depth = 2) => () => ManagerChain.Walk(owner, depth, Users);

        public static Func<ManagerChain> ChainMustNotLoad() => () => throw new AssertFailedException("The manager chain was loaded although the rules could decide without it.");
    }
}
