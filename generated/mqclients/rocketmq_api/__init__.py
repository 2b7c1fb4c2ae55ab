"""A client library for accessing Huawei Cloud Distributed Message Service for RocketMQ (management API)"""
# mqclients: this package holds the API's models (``.models``) and its facade (``.facade``, the request
# descriptions and one method per operation). Use it through the client class of ``mqclients.<api>``.
