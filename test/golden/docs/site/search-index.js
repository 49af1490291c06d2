window.SEARCH_INDEX = [
 {
  "kind": "model",
  "name": "Animal",
  "title": "",
  "href": "zoo/pets.html#model-Animal"
 },
 {
  "kind": "model",
  "name": "Cat",
  "title": "",
  "href": "zoo/pets.html#model-Cat"
 },
 {
  "kind": "model",
  "name": "Dog",
  "title": "",
  "href": "zoo/pets.html#model-Dog"
 },
 {
  "kind": "model",
  "name": "Owner",
  "title": "",
  "href": "models/shared/people.html#model-Owner"
 },
 {
  "kind": "model",
  "name": "Pet",
  "title": "",
  "href": "zoo/pets.html#model-Pet"
 },
 {
  "kind": "resource",
  "name": "client.zoo.pets",
  "title": "Pets",
  "href": "zoo/pets.html"
 },
 {
  "kind": "method",
  "name": "zoo.pets.create",
  "title": "Add a pet",
  "href": "zoo/pets.html#method-create"
 },
 {
  "kind": "method",
  "name": "zoo.pets.get",
  "title": "Get a pet",
  "href": "zoo/pets.html#method-get"
 },
 {
  "kind": "method",
  "name": "zoo.pets.list",
  "title": "List pets",
  "href": "zoo/pets.html#method-list"
 },
 {
  "kind": "method",
  "name": "zoo.pets.ping",
  "title": "Check the zoo is up",
  "href": "zoo/pets.html#method-ping"
 },
 {
  "kind": "method",
  "name": "zoo.pets.setTags",
  "title": "Replace a pet's tags",
  "href": "zoo/pets.html#method-setTags"
 }
];
