namespace Okube.Actors.Streams;
internal static class AssemblyMarker;
