using OpsCentre.Contracts.Assets;
using OpsCentre.Detection;

namespace OpsCentre.Assets.Detection;

/// <summary>Creates the detector for one signal of one asset (the same configuration for every stream).</summary>
public delegate IStreamDetector SignalDetectorFactory(AssetKind kind, string signal);
