"""A client library for accessing Tencent Cloud CMQ legacy API"""
# mqclients: this package holds the API's models (``.models``) and its facade (``.facade``, the request
# descriptions and one method per operation). Use it through the client class of ``mqclients.<api>``.
