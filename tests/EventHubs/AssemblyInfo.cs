// In-process clusters started side by side flake, and the malformed counter is process-wide:
// test classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
