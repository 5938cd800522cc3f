"""Bodies botocore (the AWS CLI's and boto3's serializer; installed with moto by
scripts/setup.sh) sends for RegisterImage inputs: reads a JSON list of inputs on stdin, writes
the list of bodies. botocore encodes a space as `+`, the AWS SDK for JavaScript as `%20`."""
import json
import sys

import botocore.awsrequest
import botocore.serialize
import botocore.session

operation = botocore.session.get_session().get_service_model("ec2").operation_model("RegisterImage")
serializer = botocore.serialize.create_serializer("ec2")
bodies = []
for params in json.load(sys.stdin):
    request = serializer.serialize_to_request(params, operation)
    botocore.awsrequest.prepare_request_dict(request, "https://ec2.us-east-1.amazonaws.com/")
    bodies.append(botocore.awsrequest.create_request_object(request).prepare().body)
json.dump(bodies, sys.stdout)
