package sdkv2

// NotInSDK is notInSDK, for the tests of package sdkv2_test.
var NotInSDK = notInSDK
