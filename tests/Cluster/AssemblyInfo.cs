// The two cluster fixtures (write-behind, write-through) must never run side by side:
// in-process clusters started in parallel flake. Collections therefore run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
