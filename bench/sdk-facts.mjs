// Edge-case behaviour of the SDK's RegisterImage encoder, established by
// running it. Each case is encoded both by sdkBody and by a real EC2Client
// (sdkBodyViaClient); the two must agree. Prints the body after the fixed
// "Action=RegisterImage&Version=2016-11-15" prefix.
import { sdkBody, sdkBodyViaClient } from "./sdk.mjs";

const PREFIX = "Action=RegisterImage&Version=2016-11-15";
const dev = (Ebs) => ({ Name: "n", BlockDeviceMappings: [{ DeviceName: "/dev/sda", Ebs }] });

const cases = [
  ["a  TagSpecifications [{}, {ResourceType}]", { Name: "n", TagSpecifications: [{}, { ResourceType: "image" }] }],
  ["b  BlockDeviceMappings [{}, {DeviceName}]", { Name: "n", BlockDeviceMappings: [{}, { DeviceName: "/dev/sdb" }] }],
  ["b  Tags [{}, {Key}]", { Name: "n", TagSpecifications: [{ ResourceType: "image", Tags: [{}, { Key: "a" }] }] }],
  ["c  BillingProducts [null,'x',undefined,'y']", { Name: "n", BillingProducts: [null, "x", undefined, "y"] }],
  ["d  [{Ebs: {}}]", { Name: "n", BlockDeviceMappings: [{ Ebs: {} }] }],
  ["d  [{Ebs: {}}, {DeviceName}]", { Name: "n", BlockDeviceMappings: [{ Ebs: {} }, { DeviceName: "/dev/sdc" }] }],
  ["e  Name ''", { Name: "" }],
  ["f  VolumeSize 8.5", dev({ VolumeSize: 8.5 })],
  ["f  VolumeSize -0", dev({ VolumeSize: -0 })],
  ["f  1e21 / NaN / Infinity", dev({ VolumeSize: 1e21, Iops: NaN, Throughput: Infinity })],
  ["f  0.1+0.2 / 1e-7 / -5", dev({ VolumeSize: 0.1 + 0.2, Iops: 1e-7, Throughput: -5 })],
  ["f  wrong JS types", { ...dev({ VolumeSize: "8", Iops: 10n, DeleteOnTermination: "false" }), EnaSupport: 0 }],
  ["   empty lists", { Name: "n", BlockDeviceMappings: [], BillingProducts: [], TagSpecifications: [{ ResourceType: "image", Tags: [] }] }],
  ["   null/undefined members", { Name: "n", Description: null, BlockDeviceMappings: null, EnaSupport: undefined }],
  ["   unknown members", { Name: "n", Bogus: "zzz", BlockDeviceMappings: [{ DeviceName: "/dev/sda", Foo: 1 }] }],
  ["   NoDevice ''", { Name: "n", BlockDeviceMappings: [{ DeviceName: "/dev/sdh", NoDevice: "" }] }],
  ["   percent-encoding", { Name: "ä €😀 *~'()!", Description: "a+b=c&d/e" }],
];

let disagreements = 0;
for (const [label, input] of cases) {
  const fast = sdkBody(input);
  const slow = await sdkBodyViaClient(input);
  if (fast !== slow) disagreements++;
  console.log(`${label.padEnd(46)} ${fast === slow ? "" : "[CLIENT DIFFERS] "}${JSON.stringify(fast.slice(PREFIX.length))}`);
}

// g: key order of the input is irrelevant.
const ordered = {
  Name: "n",
  Description: "d",
  RootDeviceName: "/dev/xvda",
  TagSpecifications: [{ ResourceType: "image", Tags: [{ Key: "k", Value: "v" }] }],
  BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { SnapshotId: "snap-1", VolumeSize: 8, DeleteOnTermination: true } }],
};
const shuffled = {
  BlockDeviceMappings: [{ Ebs: { DeleteOnTermination: true, VolumeSize: 8, SnapshotId: "snap-1" }, DeviceName: "/dev/xvda" }],
  TagSpecifications: [{ Tags: [{ Value: "v", Key: "k" }], ResourceType: "image" }],
  RootDeviceName: "/dev/xvda",
  Description: "d",
  Name: "n",
};
const same = sdkBody(ordered) === sdkBody(shuffled) && sdkBody(shuffled) === (await sdkBodyViaClient(shuffled));
console.log(`g  shuffled keys -> identical body: ${same}`);
console.log(`   ${JSON.stringify(sdkBody(shuffled).slice(PREFIX.length))}`);
if (disagreements || !same) process.exitCode = 1;
